package org.kabinet.communication.command;

import java.util.List;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceSize;

/** Announcements as given; the command only lists them. */
record FakeAnnouncements(List<Announcement> announcements) implements AnnouncementAdministration {
    @Override
    public Announcement announcement(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Announcement create(String staffName, AnnouncementDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Announcement update(String staffName, String id, AnnouncementDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Announcement withdraw(String staffName, String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AudienceSize audienceSize(Audience audience) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AnnouncementRecipient> recipients(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int publishDue() {
        throw new UnsupportedOperationException();
    }
}
