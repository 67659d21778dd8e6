package vn.ttcs.learn;

import io.micronaut.runtime.Micronaut;
import vn.ttcs.learn.content.ContentValidateCommand;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "TTCS Learn", version = "0.1",
        description = "Training and certification of Vietnam's policy-communication officers"))
public class Application {

    public static void main(String[] args) {
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
