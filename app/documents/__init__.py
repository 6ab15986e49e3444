"""PDF documents: shared building blocks (pdf.py), letters, evidence report."""
