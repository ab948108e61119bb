"""Server-rendered pages, one module per section; each exposes `build_router(site)`."""
