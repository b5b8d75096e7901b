"""Image signals: sexual content (``nsfw_image``), faces, provenance (C2PA, invisible watermarks).

Every module here imports its heavy dependencies (onnxruntime, dlib, c2pa, OpenCV) inside
``load()`` or the functions that need them, so importing a signal class stays cheap.
"""
