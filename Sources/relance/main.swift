print("relance: not built yet")
