# celeryconfig.py -- nothing to do with browsers despite the names below
broker_url = "redis://redis:6379/0"
result_backend = "redis://redis:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
# CORS_ORIGINS is read by the web app, not here
CORS_ORIGINS_HINT = "see web/settings.py"
