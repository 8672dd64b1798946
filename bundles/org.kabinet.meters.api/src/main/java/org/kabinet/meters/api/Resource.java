package org.kabinet.meters.api;

/** What a meter measures, with its name and unit as tenants read them. */
public enum Resource {
    COLD_WATER("Холодная вода", "м³"),
    HOT_WATER("Горячая вода", "м³"),
    ELECTRICITY("Электроэнергия", "кВт·ч"),
    HEAT("Отопление", "Гкал"),
    GAS("Газ", "м³");

    private final String nameRu;
    private final String unit;

    Resource(String nameRu, String unit) {
        this.nameRu = nameRu;
        this.unit = unit;
    }

    public String nameRu() {
        return nameRu;
    }

    public String unit() {
        return unit;
    }
}
