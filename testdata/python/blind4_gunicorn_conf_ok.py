# gunicorn.conf.py
import multiprocessing
import os

bind = os.getenv("BIND", "0.0.0.0:8000")
workers = int(os.getenv("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "uvicorn.workers.UvicornWorker"
keepalive = 75
timeout = 60

# Behind the load balancer: trust its forwarding headers.
forwarded_allow_ips = "*"
proxy_allow_ips = "*"
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}

accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s origin=%({origin}i)s acao=%({access-control-allow-origin}o)s'
