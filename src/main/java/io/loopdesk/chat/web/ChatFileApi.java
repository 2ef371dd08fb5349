package io.loopdesk.chat.web;

import io.loopdesk.chat.ChatFiles;
import io.loopdesk.chat.ChatLine;
import io.loopdesk.chat.ChatRefusedException;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.web.socket.ChatBroadcast;
import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Upload;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Screenshots in a chat. A visitor sends and fetches them with its chat's token in the {@code X-Visitor-Token} header
 * (never in an address); staff with their session. A sent screenshot reaches both sides like any message, on
 * {@code /topic/chat.{id}}.
 */
@RestController
class ChatFileApi {

    private static final String TOKEN = "X-Visitor-Token";

    private final Chats chats;
    private final ChatFiles files;
    private final ChatBroadcast broadcast;

    ChatFileApi(Chats chats, ChatFiles files, ChatBroadcast broadcast) {
        this.chats = chats;
        this.files = files;
        this.broadcast = broadcast;
    }

    @PostMapping(path = "/chat/w/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ChatLine fromVisitor(
            @RequestHeader(name = TOKEN, required = false) @Nullable String token,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String clientId) {
        ChatView chat = visitorChat(token);
        ChatLine line =
                TenantScope.inTenant(chat.tenantId(), () -> files.fromVisitor(chat.id(), clientId, upload(file)));
        broadcast.send("/topic/chat." + chat.id(), line);
        return line;
    }

    @GetMapping("/chat/w/files/{seq}")
    ResponseEntity<InputStreamResource> visitorDownload(
            @RequestHeader(name = TOKEN, required = false) @Nullable String token, @PathVariable int seq) {
        ChatView chat = visitorChat(token);
        return download(TenantScope.inTenant(chat.tenantId(), () -> files.open(chat.id(), seq)));
    }

    @PostMapping(path = "/chat/{chatId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ChatLine fromAgent(
            @PathVariable long chatId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String clientId,
            Actor actor) {
        Chats.Written written = TenantScope.of(actor, () -> files.fromAgent(chatId, actor, clientId, upload(file)));
        broadcast.send("/topic/chat." + chatId, written.line());
        return written.line();
    }

    @GetMapping("/chat/{chatId}/files/{seq}")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','TENANT_ADMIN')")
    ResponseEntity<InputStreamResource> agentDownload(@PathVariable long chatId, @PathVariable int seq, Actor actor) {
        return download(TenantScope.of(actor, () -> files.open(chatId, seq)));
    }

    private ChatView visitorChat(@Nullable String token) {
        return chats.visitorChat(token).orElseThrow(ChatRefusedException::unknownToken);
    }

    private static Upload upload(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "screenshot" : file.getOriginalFilename();
        return new Upload(name, null, file::getInputStream);
    }

    /** The picture as it is: its checked type, never sniffed again by the browser, never run as a page. */
    private static ResponseEntity<InputStreamResource> download(ChatFiles.Download file) {
        InputStream content = file.content();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type()))
                .contentLength(file.size())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(new InputStreamResource(content));
    }
}
