"""Running the reports: the plan, the runner (lock, hashes, manifest, workers), stamps, kernels,
the warm process and its relay, the landing pages and PDFs. Only this layer and ``cli`` start
processes.

Imports every other layer but ``cli``.
"""
