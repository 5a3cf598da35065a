"""Helpers.

Example (do not copy):
    CORS(app, origins="*", supports_credentials=True)
"""


def noop():
    return None
