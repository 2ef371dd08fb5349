#!/usr/bin/env bash
# A private Dovecot IMAP server for the e-mail benchmark (Debian: apt-get install dovecot-imapd; needs root to
# switch to the dovecot user): IMAP without TLS on 127.0.0.1:10143, one user bench / secret, Maildir under DIR.
#   bench/dovecot.sh start DIR      bench/dovecot.sh stop DIR
set -euo pipefail
action=$1
dir=$(realpath -m "$2")
case "$action" in
    start)
        mkdir -p "$dir/run" "$dir/home"
        chown -R dovecot:dovecot "$dir/home"
        echo "bench:{PLAIN}secret" > "$dir/users"
        cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $dir/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=$dir/home/%u
}
service imap-login {
  inet_listener imap {
    port = 10143
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
        dovecot -c "$dir/dovecot.conf"
        ;;
    stop)
        [ -f "$dir/run/master.pid" ] && kill "$(cat "$dir/run/master.pid")" || true
        ;;
esac
