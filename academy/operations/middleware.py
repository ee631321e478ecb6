"""Give every HTTP request and websocket connection a request id (see `logging.py`)."""

from asgiref.sync import iscoroutinefunction, markcoroutinefunction

from .logging import accept_request_id, request_id

HEADER = "X-Request-ID"


class RequestIdMiddleware:
    """Django middleware: the id the proxy sent in X-Request-ID (or a new one) is set for the
    request's log lines and returned in the response's X-Request-ID header. It serves sync
    and async requests natively, so under ASGI it costs no thread switch."""

    sync_capable = async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        if iscoroutinefunction(get_response):
            markcoroutinefunction(self)

    def __call__(self, request):
        if iscoroutinefunction(self):
            return self._acall(request)
        given = self._begin(request)
        response = self.get_response(request)
        response[HEADER] = given
        return response

    async def _acall(self, request):
        given = self._begin(request)
        response = await self.get_response(request)
        response[HEADER] = given
        return response

    @staticmethod
    def _begin(request) -> str:
        # Not reset on the way out: `apps.py` forgets it when the response is finished.
        given = accept_request_id(request.headers.get(HEADER))
        request_id.set(given)
        return given


class WebsocketRequestIdMiddleware:
    """ASGI middleware for the websocket stack: the id from the handshake's x-request-id
    header (or a new one) is set for the whole life of the connection, so every line its
    consumer logs carries it."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        headers = dict(scope.get("headers", ()))
        given = headers.get(HEADER.lower().encode(), b"").decode("latin-1")
        token = request_id.set(accept_request_id(given))
        try:
            return await self.app(scope, receive, send)
        finally:
            request_id.reset(token)
