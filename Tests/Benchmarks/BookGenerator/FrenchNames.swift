/// Word lists for plausible French debtors: trades, surnames, first names, streets and towns.
enum FrenchNames {
    static let trades = [
        "Boulangerie", "Garage", "Menuiserie", "Plomberie", "Transports", "Brasserie", "Hôtel", "Librairie",
        "Pharmacie", "Imprimerie", "Électricité", "Charpente", "Cabinet", "Studio", "Atelier", "Restaurant",
        "Fromagerie", "Pressing", "Maçonnerie", "Serrurerie", "Couverture", "Chauffage", "Auto-école", "Clinique",
        "Laboratoire", "Agence", "Distribution", "Négoce", "Scierie", "Carrosserie",
    ]
    static let forms = ["SARL", "SAS", "SASU", "EURL", "SA", "SCI", "EI", "SNC"]
    static let surnames = [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
        "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
        "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
        "N'Diaye", "Le Goff", "Ó Briain", "Schaeffer", "Nguyen", "Da Silva", "Benali", "Kowalski",
    ]
    static let firstNames = [
        "Marie", "Jean", "Pierre", "Claire", "Hélène", "Karim", "Olivier", "Nathalie", "Sophie", "Luc",
        "Émilie", "François", "Julien", "Camille", "Léa", "Mathis", "Chloé", "Yasmine", "Thierry", "Anne",
    ]
    static let streetKinds = ["rue", "avenue", "boulevard", "place", "chemin", "allée", "quai", "impasse", "route"]
    static let streetNames = [
        "de la République", "Nationale", "Victor Hugo", "Jean Jaurès", "des Tanneurs", "du Port", "de la Gare",
        "Pasteur", "du Général de Gaulle", "des Lilas", "de l'Église", "Gambetta", "du Moulin", "des Écoles",
        "Saint-Martin", "de Verdun", "Voltaire", "du 8 Mai 1945", "des Acacias", "de la Prairie-au-Duc",
    ]
    /// Postcode and town.
    static let towns: [(String, String)] = [
        ("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("44200", "Nantes"),
        ("33000", "Bordeaux"), ("59000", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes"), ("37000", "Tours"),
        ("17000", "La Rochelle"), ("88000", "Épinal"), ("76000", "Rouen"), ("21000", "Dijon"), ("06000", "Nice"),
        ("29200", "Brest"), ("63000", "Clermont-Ferrand"), ("34000", "Montpellier"), ("87000", "Limoges"),
        ("97400", "Saint-Denis"),
    ]
    /// Foreign debtors: country, postcode and town.
    static let abroad: [(String, String, String)] = [
        ("BE", "1000", "Bruxelles"), ("CH", "1201", "Genève"), ("LU", "L-1611", "Luxembourg"),
        ("DE", "10115", "Berlin"), ("ES", "08001", "Barcelona"),
    ]
}
