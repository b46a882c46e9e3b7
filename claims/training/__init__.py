"""claims.training"""
