"""The main window's pages: Photos, Buyers, Deals, Sightings, Letters & evidence."""
