package io.loopdesk.operations;

import io.loopdesk.shared.DataKey;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The parts of an installation a backup holds, as its settings name them: the database, the attachment folder (the
 * local-disk store's, {@code <data-dir>/attachments} unless {@code loopdesk.attachments.directory} says otherwise)
 * and the data folder with the generated key files. Read the same way by the running application and by the
 * restore command, which starts nothing else.
 *
 * @param configuredKeys the keys set by property here, with their values
 */
record Installation(DatabaseLocation database, Path dataDir, Path attachments, Map<DataKey, String> configuredKeys) {

    static Installation of(PropertyResolver settings) {
        String url = settings.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new UnsupportedDatabaseException("spring.datasource.url is not set.");
        }
        DatabaseLocation database = DatabaseLocation.of(
                url,
                settings.getProperty("spring.datasource.username"),
                settings.getProperty("spring.datasource.password"));
        Path dataDir = Path.of(settings.getProperty("loopdesk.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        String attachments = settings.getProperty("loopdesk.attachments.directory");
        Map<DataKey, String> configured = new EnumMap<>(DataKey.class);
        for (DataKey key : DataKey.values()) {
            String value = settings.getProperty(key.property());
            if (value != null && !value.isBlank()) {
                configured.put(key, value.strip());
            }
        }
        return new Installation(
                database,
                dataDir,
                attachments == null || attachments.isBlank()
                        ? dataDir.resolve("attachments")
                        : Path.of(attachments).toAbsolutePath().normalize(),
                configured);
    }

    /** The local-disk store's folder for uploads in flight: never part of a backup. */
    Path staging() {
        return attachments.resolve("tmp");
    }
}
