"""Texts of the demo network, in ru, be and en."""
