package org.kabinet.accounts.impl;

import java.util.ArrayList;
import java.util.List;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;

/** Keeps queued SMS in memory. */
class SmsOutbox implements Outbox {
    final List<SmsRequest> sms = new ArrayList<>();

    @Override
    public boolean enqueue(EmailMessage message) {
        throw new AssertionError("accounts send no e-mail: " + message);
    }

    @Override
    public boolean enqueueSms(SmsRequest message) {
        sms.add(message);
        return true;
    }

    @Override
    public java.util.Set<String> enqueueAllSms(List<SmsRequest> messages) {
        messages.forEach(sms::add);
        return messages.stream().map(SmsRequest::idempotencyKey).collect(java.util.stream.Collectors.toSet());
    }

    /** The 6 digits of the last SMS. */
    String lastCode() {
        return sms.get(sms.size() - 1).text().replaceAll("\\D*(\\d{6}).*", "$1");
    }
}
