# -*- coding: latin-1 -*-
# café
from flask_cors import CORS
CORS(app)
