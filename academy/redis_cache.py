"""Django's Redis cache, with one redis-py client per connection pool instead of one per
cache operation.

Django builds a new client for every `get`, `set` or `get_many`, and building one fills its
table of response callbacks: profiled on a page answered from the page cache, that took more
of the request's CPU than the round trip to Redis itself. A client is safe to share between
threads (each command borrows a connection from the pool), so one per pool serves them all.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
