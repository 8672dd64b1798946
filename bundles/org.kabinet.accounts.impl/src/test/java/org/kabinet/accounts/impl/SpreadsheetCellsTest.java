package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void plainNumbersAndTextStayFormulasGetAnApostrophe() {
        assertEquals("-12,50", SpreadsheetCells.neutral("-12,50"));
        assertEquals("+7", SpreadsheetCells.neutral("+7"));
        assertEquals("-3.5", SpreadsheetCells.neutral("-3.5"));
        assertEquals("'-3-5", SpreadsheetCells.neutral("-3-5"));
        assertEquals("'=1+2", SpreadsheetCells.neutral("=1+2"));
        assertEquals("ул. Мира = 5", SpreadsheetCells.neutral("ул. Мира = 5"));
        assertEquals("", SpreadsheetCells.neutral(""));
    }
}
