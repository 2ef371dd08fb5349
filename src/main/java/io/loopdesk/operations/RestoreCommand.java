package io.loopdesk.operations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar loopdesk.jar restore <archive> [--replace] [--name=value ...]} ({@code ./loopdesk restore}):
 * restores a backup archive into the installation the settings name, with Loopdesk stopped. The settings are read
 * exactly as Loopdesk reads them ({@code application.properties}, environment variables, {@code --name=value}),
 * but nothing else starts: no web server, no database migration, no timers.
 */
public final class RestoreCommand {

    private RestoreCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the restore; the exit code is 0 when it is done, 1 when it was refused or failed (the reason printed). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> settings = new ArrayList<>();
        String archive = null;
        boolean replace = false;
        for (String arg : args) {
            if (arg.equals("--replace")) {
                replace = true;
            } else if (arg.startsWith("--")) {
                settings.add(arg);
            } else if (archive == null) {
                archive = arg;
            } else {
                err.println("One archive at a time: " + arg);
                return 2;
            }
        }
        if (archive == null) {
            err.println("usage: restore <archive.zip> [--replace] [--name=value ...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(settings.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            PostgresTools tools = new PostgresTools(
                    environment.getProperty("loopdesk.backup.pg-dump", "pg_dump"),
                    environment.getProperty("loopdesk.backup.pg-restore", "pg_restore"));
            RestoreReport report =
                    new Restore(tools).run(Path.of(archive).toAbsolutePath(), Installation.of(environment), replace);
            out.println("Restored " + archive + ": the " + report.database() + " database, " + report.attachments()
                    + " attachments, keys " + report.keys() + " in " + report.seconds() + " s. Start Loopdesk now.");
            report.warnings().forEach(w -> out.println("WARNING: " + w));
            return 0;
        } catch (RestoreRefusedException | UnsupportedDatabaseException | BackupFailedException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The restore's only "configuration": none, so that reading the settings starts nothing. */
    static final class Settings {}
}
