bind = "0.0.0.0:8000"
workers = 4
forwarded_allow_ips = "*"
proxy_allow_ips = "*"
accesslog = "-"
