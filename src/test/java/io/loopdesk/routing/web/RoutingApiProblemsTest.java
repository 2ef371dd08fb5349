package io.loopdesk.routing.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.SliceSignIn;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.Classifications;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.testing.WebSlice;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The routing API's refusals as problem documents, in a web slice with the routing services mocked: a rule a value
 * checks itself (a record that validates in its constructor) is named, not reported as unreadable JSON.
 */
@WebMvcTest(controllers = RoutingApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@WebSlice
class RoutingApiProblemsTest {

    private static final Actor ADMIN = new Actor(7L, 3L, "admin", "Admin", Set.of(Role.TENANT_ADMIN));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Presence presence;

    @MockitoBean
    Categories categories;

    @MockitoBean
    RoutingPolicies policies;

    @MockitoBean
    Transfers transfers;

    @MockitoBean
    Incidents incidents;

    @MockitoBean
    Classifications classifications;

    @BeforeEach
    void signIn() {
        // the slice runs without the security filters: the request thread holds the sign-in, as the filters would
        SecurityContextHolder.getContext().setAuthentication(SliceSignIn.as(ADMIN));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rulesOutsideTheirRangeAreRefusedWithTheRuleTheyBreak() throws Exception {
        putJson("/api/v1/routing-rules", rules("\"confidenceThreshold\": 2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The confidence threshold is between 0 and 1"))
                .andExpect(jsonPath("$.errors[0].code").value("request.field.invalid"));
        verifyNoInteractions(policies);
    }

    @Test
    void aSurgeRuleOutsideItsRangesIsRefusedWithTheRuleItBreaks() throws Exception {
        putJson(
                        "/api/v1/routing-rules",
                        rules("\"confidenceThreshold\": 0.7, \"surge\": {\"windowMinutes\": 5, \"factor\": 3,"
                                + " \"minimum\": 10}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The surge window is 10 to 1440 minutes"))
                .andExpect(jsonPath("$.errors[0].code").value("request.field.invalid"));
        putJson(
                        "/api/v1/routing-rules",
                        rules("\"confidenceThreshold\": 0.7, \"surge\": {\"windowMinutes\": 60, \"factor\": 30,"
                                + " \"minimum\": 10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The surge factor is between 1.5 and 20 times the usual volume"));
        verifyNoInteractions(policies);
    }

    @Test
    void rulesWithoutASurgeRuleGetTheDefaultOne() throws Exception {
        when(policies.change(anyLong(), any(), any())).thenAnswer(call -> call.getArgument(1));
        putJson("/api/v1/routing-rules", rules("\"confidenceThreshold\": 0.7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.surge.windowMinutes").value(60))
                .andExpect(jsonPath("$.surge.factor").value(3.0))
                .andExpect(jsonPath("$.surge.minimum").value(10));
    }

    @Test
    void aValidChangeIsSavedAndReturned() throws Exception {
        when(policies.change(anyLong(), any(), any())).thenAnswer(call -> call.getArgument(1));
        putJson("/api/v1/routing-rules", rules("\"confidenceThreshold\": 0.7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultCap").value(12))
                .andExpect(jsonPath("$.autoAssign").value(false));
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        putJson("/api/v1/me/duty", "{\"onDuty\": \"maybe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onDuty"));
        verifyNoInteractions(presence);
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        putJson("/api/v1/routing-rules", rules("\"confidenceThreshold\": 0.7, \"defaultCapacity\": 3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("defaultCapacity"));
        verifyNoInteractions(policies);
    }

    /** Routing rules with every field valid but for what {@code fields} adds. */
    private static String rules(String fields) {
        return "{" + fields
                + ", \"defaultCap\": 12, \"autoAssign\": false, \"incidentWindowMinutes\": 30,"
                + " \"incidentThreshold\": 5}";
    }

    private ResultActions putJson(String path, String json) throws Exception {
        return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
