"""Deployment files; `deploy.local` runs the production topology on one machine."""
