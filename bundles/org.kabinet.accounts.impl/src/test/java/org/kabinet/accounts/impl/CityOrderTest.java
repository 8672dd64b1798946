package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.City;

class CityOrderTest {
    private final List<City> cities = List.of(new City("surgut", "Сургут"), new City("yugorsk", "Югорск"),
            new City("khanty-mansiysk", "Ханты-Мансийск"), new City("yolkino", "Ёлкино"), new City("nyagan", "Нягань"));

    private static List<String> names(List<City> cities) {
        return cities.stream().map(City::name).toList();
    }

    @Test
    void theCompanysCityComesFirstThenRussianOrder() {
        assertEquals(List.of("Ханты-Мансийск", "Ёлкино", "Нягань", "Сургут", "Югорск"), names(CityOrder.of(cities, "Ханты-Мансийск")));
        assertEquals(List.of("Сургут", "Ёлкино", "Нягань", "Ханты-Мансийск", "Югорск"), names(CityOrder.of(cities, " surgut ")));
    }

    @Test
    void noOrUnknownDefaultKeepsRussianOrder() {
        List<String> plain = List.of("Ёлкино", "Нягань", "Сургут", "Ханты-Мансийск", "Югорск");
        assertEquals(plain, names(CityOrder.of(cities, "")));
        assertEquals(plain, names(CityOrder.of(cities, null)));
        assertEquals(plain, names(CityOrder.of(cities, "Москва")));
    }
}
