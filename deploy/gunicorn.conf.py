"""gunicorn settings for one application host: `gunicorn -c deploy/gunicorn.conf.py`.

Sync workers: nginx buffers slow clients, so a worker is busy only while rendering.
Each worker holds one PostgreSQL connection (CONN_MAX_AGE) and one Redis connection.
"""

import multiprocessing
import os

wsgi_app = "raion.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycling workers now and then bounds the growth of any slow leak.
max_requests = 5000
max_requests_jitter = 500
# X-Forwarded-Proto is trusted from nginx only.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
pidfile = os.environ.get("GUNICORN_PID_FILE") or None
# The control socket (gunicorn 27) would be one path shared by every instance of a host.
control_socket_disable = True
