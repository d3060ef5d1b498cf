// Views, French formatting, layouts and the publisher.
