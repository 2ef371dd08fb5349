package io.loopdesk.survey.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.SliceSignIn;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.loopdesk.testing.WebSlice;
import java.time.Instant;
import java.util.Optional;
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

/**
 * The rating API in a web slice, {@link Ratings} mocked: what it answers for a given rating, for none yet, and for a
 * body that is not a rating.
 */
@WebMvcTest(controllers = RatingApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@WebSlice
class RatingApiSliceTest {

    private static final Actor CUSTOMER = new Actor(11L, 3L, "customer", "张伟", Set.of(Role.CUSTOMER));
    private static final String NUMBER = "261204-000001";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Ratings ratings;

    @BeforeEach
    void signIn() {
        // the slice runs without the security filters: the request thread holds the sign-in, as the filters would
        SecurityContextHolder.getContext().setAuthentication(SliceSignIn.as(CUSTOMER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGivenRatingIsReturnedWithItsScores() throws Exception {
        when(ratings.of(eq(NUMBER), any()))
                .thenReturn(Optional.of(new RatingView(
                        NUMBER, 11L, Scores.ofDimensions(5, 4, 4, 5, "很及时"), Instant.parse("2026-12-04T08:00:00Z"))));
        mvc.perform(get("/api/v1/tickets/" + NUMBER + "/rating"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.attitude").value(5))
                .andExpect(jsonPath("$.scores.comment").value("很及时"));
    }

    @Test
    void noRatingYetIsAProblemDocumentSayingSo() throws Exception {
        when(ratings.of(eq(NUMBER), any())).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/tickets/" + NUMBER + "/rating"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Ticket " + NUMBER + " has not been rated yet."));
    }

    @Test
    void aScoreThatIsNotANumberNamesItsField() throws Exception {
        mvc.perform(post("/api/v1/tickets/" + NUMBER + "/rating")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"responseSpeed\": \"great\", \"expertise\": 4, \"resolution\": 4, \"attitude\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("responseSpeed"));
        verifyNoInteractions(ratings);
    }

    @Test
    void aRatingIsCreated() throws Exception {
        when(ratings.rate(eq(NUMBER), any(), any()))
                .thenAnswer(call -> new RatingView(NUMBER, 11L, call.getArgument(1), Instant.now()));
        mvc.perform(post("/api/v1/tickets/" + NUMBER + "/rating")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"responseSpeed\": 5, \"expertise\": 4, \"resolution\": 4, \"attitude\": 5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ticketNumber").value(NUMBER))
                .andExpect(jsonPath("$.scores.responseSpeed").value(5));
    }
}
