package org.kabinet.communication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountNumberListTest {
    @Test
    void numbersMaySeparateBySpacesCommasSemicolonsAndLines() {
        assertEquals(List.of("8600001", "8600002", "8600003", "8600004"),
                AccountNumberList.parse(" 8600001, 8600002;8600003\r\n\t8600004\n"));
    }

    @Test
    void aNumberPastedTwiceCountsOnceInTheOrderTyped() {
        assertEquals(List.of("2", "1"), AccountNumberList.parse("2 1 2,, 1"));
    }

    @Test
    void blankTextIsNoNumbers() {
        assertEquals(List.of(), AccountNumberList.parse(" ,\n "));
        assertEquals(List.of(), AccountNumberList.parse(null));
    }
}
