package org.kabinet.registration.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;

/** Keeps queued letters in memory, by idempotency key like the real outbox. */
final class RecordingOutbox implements Outbox {
    final List<EmailMessage> letters = new ArrayList<>();

    @Override
    public boolean enqueue(EmailMessage message) {
        if (letters.stream().anyMatch(l -> l.idempotencyKey().equals(message.idempotencyKey()))) {
            return false;
        }
        letters.add(message);
        return true;
    }

    @Override
    public boolean enqueueSms(SmsRequest message) {
        throw new AssertionError("registration sends no SMS: " + message);
    }

    @Override
    public java.util.Set<String> enqueueAllSms(List<SmsRequest> messages) {
        throw new AssertionError("registration sends no SMS: " + messages);
    }

    List<EmailMessage> to(String address) {
        return letters.stream().filter(l -> l.to().equals(address)).toList();
    }

    EmailMessage last(String address) {
        List<EmailMessage> mine = to(address);
        if (mine.isEmpty()) {
            throw new AssertionError("no letter to " + address);
        }
        return mine.get(mine.size() - 1);
    }

    /** The token of the last letter's link, e.g. of {@code .../confirmemail/<token>/}. */
    String lastToken(String address, String path) {
        Matcher m = Pattern.compile("/" + path + "/([A-Za-z0-9_-]+)/").matcher(String.valueOf(last(address).actionUrl()));
        if (!m.find()) {
            throw new AssertionError("last letter to " + address + " has no " + path + " link: " + last(address));
        }
        return m.group(1);
    }
}
