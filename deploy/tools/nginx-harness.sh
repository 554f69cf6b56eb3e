# Runs deploy/nginx/ as the SPA image would, with the machine's nginx, for checks (source it).
# Differences from the image, for a test harness only: listen address, web root, snippet path,
# and a wrapper nginx.conf with pid and temp files in a scratch folder.
#   start_nginx WORKDIR WEB_ROOT API_UPSTREAM PORT   -> sets NGINX_PID

# The top of a scratch nginx.conf: pid, logs and temp files under WORKDIR/tmp; "http {" left open.
scratch_nginx_head() {
  cat <<CONF
worker_processes 1;
pid $1/tmp/nginx.pid;
error_log $1/tmp/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $1/tmp/body;
  proxy_temp_path $1/tmp/proxy;
  fastcgi_temp_path $1/tmp/fastcgi;
  uwsgi_temp_path $1/tmp/uwsgi;
  scgi_temp_path $1/tmp/scgi;
CONF
}
start_nginx() {
  local work=$1 root=$2 upstream=$3 port=$4
  command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx-light)" >&2; return 1; }
  command -v envsubst >/dev/null || { echo "envsubst is not installed (apt-get install gettext-base)" >&2; return 1; }
  mkdir -p "$work/conf.d" "$work/snippets" "$work/tmp"
  # The image's envsubst step: only LORKIT_* variables are replaced (NGINX_ENVSUBST_FILTER=^LORKIT_).
  LORKIT_API_UPSTREAM="$upstream" envsubst '${LORKIT_API_UPSTREAM}' <"$DEPLOY_DIR/nginx/default.conf" \
    | sed -e "s#listen 8080;#listen 127.0.0.1:$port;#" -e '/listen \[::\]:8080;/d' \
          -e "s#root /usr/share/nginx/html;#root $root;#" \
          -e "s#/etc/nginx/snippets/lorkit-security-headers.conf#$work/snippets/lorkit-security-headers.conf#" \
    >"$work/conf.d/default.conf"
  cp "$DEPLOY_DIR/nginx/security-headers.conf" "$work/snippets/lorkit-security-headers.conf"
  if grep -q '\${LORKIT' "$work/conf.d/default.conf"; then echo "a LORKIT variable was not filled in" >&2; return 1; fi
  if ! grep -q '\$host' "$work/conf.d/default.conf"; then echo "envsubst replaced nginx's own variables" >&2; return 1; fi
  { scratch_nginx_head "$work"; cat <<CONF
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { application/manifest+json webmanifest; }
  include $work/conf.d/*.conf;
}
CONF
  } >"$work/nginx.conf"
  # Workers may run as nobody when the check runs as root.
  chmod -R a+rwX "$work"
  chmod -R a+rX "$root"
  if ! nginx -t -q -c "$work/nginx.conf" -p "$work" 2>/dev/null; then nginx -t -c "$work/nginx.conf" -p "$work"; return 1; fi
  nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' 2>/dev/null &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "nginx did not start: $(cat "$work/tmp/error.log" 2>/dev/null)" >&2
  return 1
}

# A TLS-terminating front, as an ingress would be: a self-signed certificate for 127.0.0.1 made with
# openssl, then https on PORT proxied to the SPA's nginx at UPSTREAM with X-Forwarded-Proto: https.
#   start_tls_front WORKDIR UPSTREAM PORT   -> sets TLS_NGINX_PID
start_tls_front() {
  local work=$1 upstream=$2 port=$3
  mkdir -p "$work/tmp"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
  { scratch_nginx_head "$work"; cat <<CONF
  client_max_body_size 2m;
  server {
    listen 127.0.0.1:$port ssl;
    ssl_certificate $work/tls.crt;
    ssl_certificate_key $work/tls.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    location / {
      proxy_pass $upstream;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
    }
  }
}
CONF
  } >"$work/nginx.conf"
  chmod -R a+rwX "$work"
  nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' 2>/dev/null &
  TLS_NGINX_PID=$!
  for _ in $(seq 1 50); do curl -kfsS "https://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "the TLS front did not start: $(cat "$work/tmp/error.log" 2>/dev/null)" >&2
  return 1
}
