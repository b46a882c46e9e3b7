"""claims.evaluation"""
