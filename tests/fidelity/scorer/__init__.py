# SPDX-License-Identifier: MIT
"""The fidelity scorer's modules (issue 15); tests/fidelity/score is the entry point."""
