package org.lexgraph.extract.recognise;

import java.util.Map;

/**
 * The Dutch courts by the code an ECLI names them with ({@code ECLI:NL:RBDHA:2021:1234} is the Rechtbank Den Haag),
 * the current courts and those merged away in 2013 whose rulings are still cited. A ruling saved as text or a web
 * page that says its ECLI but not its court is given the court the code stands for.
 */
final class Courts {

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("HR", "Hoge Raad"), Map.entry("PHR", "Parket bij de Hoge Raad"),
            Map.entry("RVS", "Raad van State"), Map.entry("CRVB", "Centrale Raad van Beroep"),
            Map.entry("CBB", "College van Beroep voor het bedrijfsleven"),
            Map.entry("GHAMS", "Gerechtshof Amsterdam"), Map.entry("GHARL", "Gerechtshof Arnhem-Leeuwarden"),
            Map.entry("GHDHA", "Gerechtshof Den Haag"), Map.entry("GHSHE", "Gerechtshof 's-Hertogenbosch"),
            Map.entry("RBAMS", "Rechtbank Amsterdam"), Map.entry("RBDHA", "Rechtbank Den Haag"),
            Map.entry("RBGEL", "Rechtbank Gelderland"), Map.entry("RBLIM", "Rechtbank Limburg"),
            Map.entry("RBMNE", "Rechtbank Midden-Nederland"), Map.entry("RBNHO", "Rechtbank Noord-Holland"),
            Map.entry("RBNNE", "Rechtbank Noord-Nederland"), Map.entry("RBOBR", "Rechtbank Oost-Brabant"),
            Map.entry("RBOVE", "Rechtbank Overijssel"), Map.entry("RBROT", "Rechtbank Rotterdam"),
            Map.entry("RBZWB", "Rechtbank Zeeland-West-Brabant"),
            // before the 2013 reorganisation
            Map.entry("GHSGR", "Gerechtshof 's-Gravenhage"), Map.entry("GHARN", "Gerechtshof Arnhem"),
            Map.entry("GHLEE", "Gerechtshof Leeuwarden"), Map.entry("RBSGR", "Rechtbank 's-Gravenhage"),
            Map.entry("RBHAA", "Rechtbank Haarlem"), Map.entry("RBUTR", "Rechtbank Utrecht"),
            Map.entry("RBARN", "Rechtbank Arnhem"), Map.entry("RBZWO", "Rechtbank Zwolle-Lelystad"),
            Map.entry("RBALK", "Rechtbank Alkmaar"), Map.entry("RBASS", "Rechtbank Assen"),
            Map.entry("RBBRE", "Rechtbank Breda"), Map.entry("RBDOR", "Rechtbank Dordrecht"),
            Map.entry("RBGRO", "Rechtbank Groningen"), Map.entry("RBLEE", "Rechtbank Leeuwarden"),
            Map.entry("RBMAA", "Rechtbank Maastricht"), Map.entry("RBMID", "Rechtbank Middelburg"),
            Map.entry("RBROE", "Rechtbank Roermond"), Map.entry("RBSHE", "Rechtbank 's-Hertogenbosch"),
            Map.entry("RBZUT", "Rechtbank Zutphen"), Map.entry("RBALM", "Rechtbank Almelo"));

    private Courts() {
    }

    /** The court an ECLI code of the Netherlands stands for, or null. */
    static String ofEcliCode(String country, String code) {
        return "NL".equals(country) ? BY_CODE.get(code) : null;
    }
}
