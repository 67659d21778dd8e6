package vn.ttcs.learn;

import io.micronaut.runtime.Micronaut;
import vn.ttcs.learn.content.ContentValidateCommand;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import java.time.ZoneOffset;
import java.util.TimeZone;

@OpenAPIDefinition(info = @Info(title = "TTCS Learn", version = "0.1",
        description = "Training and certification of Vietnam's policy-communication officers"))
public class Application {

    public static void main(String[] args) {
        // Timestamp columns hold no zone: every instance writes and reads them as UTC, whatever its host's zone.
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        if (args.length > 0 && args[0].equals("content")) {
            System.exit(ContentValidateCommand.run(args, System.out, System.err));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(EmbeddedDefaults.properties(System::getenv))
                .start();
    }
}
