"""chitieu: socio-economic targets against published statistics."""
