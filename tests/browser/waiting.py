"""Waiting for a condition in the page without `page.wait_for_function`.

Playwright polls a `wait_for_function` predicate with `eval` inside the page, which the
site's Content-Security-Policy forbids (no 'unsafe-eval'): it only passes when the
condition already holds at the first look. `page.evaluate` runs through the DevTools
protocol, which the policy does not cover, so polling with it tests the page as served.
"""

import time

TIMEOUT = 10.0
INTERVAL = 0.05


def wait_until(page, function: str, arg=None, timeout: float = TIMEOUT):
    """Evaluate `function` (JavaScript, taking `arg`) until it returns a truthy value;
    return that value, or fail with the last one seen after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(function, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s: {function}")
        time.sleep(INTERVAL)
