"""``python -m service.cli``: the same as the ``counterclaim`` command."""

from service.cli import main

raise SystemExit(main())
