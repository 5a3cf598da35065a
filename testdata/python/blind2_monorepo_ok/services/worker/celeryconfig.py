import os

broker_url = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/2")
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_routes = {"reports.*": {"queue": "reports"}}
