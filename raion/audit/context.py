"""The request being served, for audit entries written by model signals (who, from where)."""

from contextvars import ContextVar

current_request: ContextVar = ContextVar("raion_audit_request", default=None)


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
