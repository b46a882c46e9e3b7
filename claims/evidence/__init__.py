"""claims.evidence"""
