CORS_ORIGINS = [
    "https://staging.gullwing.dev",
    "http://staging.gullwing.dev",  # want CORS005
]
