package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text of the accounts pages is there in Russian and in English. */
class MessagesTest {

    @Test
    void russianAndEnglishHaveTheSameTexts() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }
}
