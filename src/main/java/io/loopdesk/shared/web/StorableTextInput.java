package io.loopdesk.shared.web;

import io.loopdesk.shared.StorableText;
import java.beans.PropertyEditorSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text no database stores ({@link StorableText}) wherever a request carries text: every JSON string the API
 * reads, and every form field, query parameter and path segment a controller binds. The refusal names the field
 * (400); nothing is stored.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class StorableTextInput {

    /** Every JSON string read into a {@code String}, in any body, of any endpoint. */
    @Bean
    JacksonModule storableTextModule() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer());
    }

    /** Every {@code String} a controller binds from the request: parameters, form fields, path variables. */
    @InitBinder
    void refuseUnstorableText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor());
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (!StorableText.isStorable(value)) {
                throw new UnstorableTextException(parser, value);
            }
            return value;
        }
    }

    private static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(@Nullable String text) {
            if (!StorableText.isStorable(text)) {
                throw new IllegalArgumentException("The text contains a NUL character or an unpaired surrogate.");
            }
            setValue(text);
        }
    }
}
