"""gunicorn settings for counterclaim; every value can be overridden from the environment."""

import os
import shutil
import tempfile

# GET /metrics sums every worker's counts through files in this folder, fresh for each start
# (prometheus_client's multiprocess mode; set before any worker imports prometheus_client).
_made_metrics_dir = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _made_metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="counterclaim-metrics-")

# Imported here, once the folder is set, not in child_exit: a worker death arriving while the
# arbiter is still importing it re-enters the import from the signal handler and kills gunicorn
# (seen once in the fault test: "cannot import name 'Gauge' from partially initialized module").
from prometheus_client import multiprocess  # noqa: E402

# Where to listen: all interfaces on $PORT (8000 by default); CLAIMS_BIND overrides entirely.
bind = os.environ.get("CLAIMS_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")

# Threaded workers: a post, a check or a comparison is model work that holds its thread for a
# second or more; the worker's other threads serve reads meanwhile, so that a read never queues
# behind a model call in another request (bench/load.py prints reads idle and under load).
worker_class = "gthread"
threads = int(os.environ.get("CLAIMS_THREADS", "8"))

# One worker per core, each running inference on one thread (CLAIMS_TORCH_THREADS, for torch and
# onnxruntime alike). On these 2-core machines, the figures given with issue 6 had 2 workers x 1
# torch thread serving 118-126 sentences/s and 2 x 2 threads falling to 50 (the two workers'
# threads fighting for the cores).
# More cores: raise CLAIMS_WORKERS to their number and keep one thread each.
workers = int(os.environ.get("CLAIMS_WORKERS", "2"))

# Never preload: torch and onnxruntime thread pools do not survive fork, so each worker loads its
# models after it starts (the ONNX graphs are exported once, under a file lock, and then shared
# through the page cache).
preload_app = False

# Long enough for a worker to load the model and for a large article to be embedded and judged.
timeout = int(os.environ.get("CLAIMS_WORKER_TIMEOUT", "120"))

# Give in-flight requests time to finish on SIGTERM before workers are killed.
graceful_timeout = 30

# Keep idle client connections briefly, for clients that reuse them.
keepalive = 5

# Restart workers now and then so that any slow growth in memory is bounded.
max_requests = int(os.environ.get("CLAIMS_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

# The longest request line gunicorn allows, so that a search of 500 characters (percent-encoded
# UTF-8, up to 12 bytes each) still reaches the app and gets a JSON answer.
limit_request_line = 8190

# The app writes one JSON line per request (method, route, status, duration, request id), so
# gunicorn's own access log is off; its error log (start, stop, worker deaths) goes to stderr.
accesslog = None
errorlog = "-"

loglevel = os.environ.get("CLAIMS_LOG_LEVEL", "info")


def post_fork(server, worker):
    """Keep each worker's tokenizer and torch on one thread: the workers share the cores."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("OMP_NUM_THREADS", os.environ.get("CLAIMS_TORCH_THREADS", "1"))


def child_exit(server, worker):
    """Fold a finished worker's live gauges out of the metrics (its counts stay summed)."""
    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    """Remove the metrics folder made at start-up."""
    if _made_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
