#!/usr/bin/env python3
"""An outside load client for Loopdesk, as a user's own tooling would be: another process, plain HTTP over loopback,
one keep-alive connection per client thread (Python's standard library only).

    load_client.py BASE_URL MODE SECONDS CLIENTS [--basic user:pass | --bearer TOKEN | --app-key KEY]

MODE: tickets (POST /api/v1/tickets), feedback (POST /api/v1/feedback as JSON, each with its own Idempotency-Key),
read (GET /api/v1/tickets/{number}, numbers from --numbers FILE). Prints one JSON line: requests, rate, latencies,
status counts and the per-second counts.
"""
import argparse, base64, http.client, json, threading, time, urllib.parse, uuid

PRODUCTS = ["智能门锁 X2", "扫地机器人 S7", "空气净化器 P3", "智能音箱 M1", "儿童手表 K5", "路由器 AX6"]
PROBLEMS = ["从昨天开始一直显示离线，重启路由器和设备都没有用", "升级固件以后无法连接 WiFi，App 里一直转圈",
            "充电一晚上电量还是百分之二十，续航比说明书差很多", "语音助手听不懂指令，每次都要重复三四遍才有反应",
            "屏幕偶尔闪烁然后自动重启，已经影响正常使用了", "绑定账号时提示验证码错误，换了手机号也一样"]


def text(i, n):
    product = PRODUCTS[(i + n) % len(PRODUCTS)]
    problem = PROBLEMS[(i * 7 + n) % len(PROBLEMS)]
    return product, "%s%s，远程控制完全不可用，请尽快处理（客户端 %d 第 %d 次）。" % (product, problem, i, n)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("base"); p.add_argument("mode", choices=["tickets", "feedback", "read"])
    p.add_argument("seconds", type=float); p.add_argument("clients", type=int)
    p.add_argument("--basic"); p.add_argument("--bearer"); p.add_argument("--app-key"); p.add_argument("--numbers")
    a = p.parse_args()
    url = urllib.parse.urlparse(a.base)
    headers = {"Content-Type": "application/json"}
    if a.basic:
        headers["Authorization"] = "Basic " + base64.b64encode(a.basic.encode()).decode()
    if a.bearer:
        headers["Authorization"] = "Bearer " + a.bearer
    if a.app_key:
        headers["X-App-Key"] = a.app_key
    numbers = open(a.numbers).read().split() if a.numbers else []
    lock = threading.Lock()
    latencies, statuses, per_second = [], {}, {}
    start = time.time()
    end = start + a.seconds

    def work(i):
        connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        mine, n = [], 0
        while time.time() < end:
            product, description = text(i, n)
            sent = dict(headers)
            if a.mode == "tickets":
                body = json.dumps({"customerName": "客户 %d" % i, "contactPerson": "张伟",
                                   "contact": "139%08d" % (i * 1000000 + n), "product": product,
                                   "urgency": "NORMAL", "description": description})
                method, path = "POST", "/api/v1/tickets"
            elif a.mode == "feedback":
                body = json.dumps({"userId": "u-%d-%d" % (i, n), "contact": "139%08d" % (i * 1000000 + n),
                                   "type": "FAULT", "title": product + " 故障", "description": description})
                sent["Idempotency-Key"] = str(uuid.uuid4())
                method, path = "POST", "/api/v1/feedback"
            else:
                body = None
                method, path = "GET", "/api/v1/tickets/" + numbers[(i * 7919 + n * 104729) % len(numbers)]
            t = time.time()
            try:
                connection.request(method, path, body, sent)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = "connection"
                connection.close()
                connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
            done = time.time()
            mine.append(done - t)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                second = int(done - start)
                per_second[second] = per_second.get(second, 0) + 1
            n += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(a.clients)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    elapsed = time.time() - start
    latencies.sort()
    pick = lambda q: round(latencies[min(len(latencies) - 1, int(len(latencies) * q))] * 1000, 1) if latencies else None
    ok = sum(v for k, v in statuses.items() if k in (200, 201))
    print(json.dumps({"mode": a.mode, "clients": a.clients, "seconds": round(elapsed, 1), "requests": len(latencies),
                      "ok": ok, "rate": round(ok / elapsed, 1), "p50_ms": pick(0.5), "p90_ms": pick(0.9),
                      "p99_ms": pick(0.99), "statuses": {str(k): v for k, v in statuses.items()},
                      "per_second": [per_second.get(s, 0) for s in range(int(elapsed) + 1)]}))


if __name__ == "__main__":
    main()
