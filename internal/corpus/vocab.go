package corpus

// The word lists and sentence templates below were written for this
// package; none is taken from the reference notes. Templates hold
// placeholders that fill expands:
//
//	%T  a technical term (terms), possibly decorated in prose
//	%Z  a Chinese noun phrase (zhNouns)
//	%C  a command or flag, always as inline code
//	%E  a Pod or node state (states)
//	%N  a small number
//
// Changing any list changes every generated file: update the golden hashes
// in corpus_test.go when doing so on purpose.

var terms = []string{
	"Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job",
	"CronJob", "Service", "Ingress", "EndpointSlice", "ConfigMap", "Secret",
	"PersistentVolume", "PersistentVolumeClaim", "StorageClass",
	"ServiceAccount", "RBAC", "NetworkPolicy", "HPA", "VPA",
	"Cluster Autoscaler", "kubelet", "kube-proxy", "kube-scheduler",
	"kube-apiserver", "kube-controller-manager", "etcd", "CoreDNS",
	"containerd", "CRI-O", "runc", "CNI", "CSI", "CRI", "Calico", "Flannel",
	"Cilium", "VXLAN", "BGP", "IPVS", "iptables", "eBPF", "cgroup v2",
	"network namespace", "overlay2", "Docker", "Dockerfile",
	"multi-stage build", "image layer", "Harbor", "Helm", "Operator", "CRD",
	"admission webhook", "Istio", "Envoy", "Linkerd", "sidecar",
	"init container", "pause container", "readinessProbe", "livenessProbe",
	"startupProbe", "taint", "toleration", "node affinity",
	"pod anti-affinity", "PodDisruptionBudget", "QoS class", "LimitRange",
	"ResourceQuota", "NodePort", "ClusterIP", "LoadBalancer",
	"headless Service", "ExternalName", "MetalLB", "kubeadm", "kubeconfig",
	"TLS bootstrap", "Prometheus", "Grafana", "Alertmanager", "Fluent Bit",
	"Loki", "Jaeger", "OpenTelemetry", "Argo CD", "Kustomize", "MTU",
	"conntrack", "SNAT", "DNAT", "TCP", "UDP", "DNS", "ARP", "veth pair",
	"Linux bridge", "host-gw", "IPIP", "Raft", "leader election",
}

var zhNouns = []string{
	"容器网络", "服务发现", "负载均衡", "滚动更新", "健康检查", "资源配额",
	"存储卷", "镜像仓库", "调度策略", "节点亲和性", "污点容忍", "证书轮换",
	"访问控制", "日志采集", "监控告警", "弹性伸缩", "灰度发布", "蓝绿部署",
	"故障转移", "数据一致性", "命名空间隔离", "路由表", "虚拟网桥", "隧道封装",
	"控制平面", "数据平面", "配置中心", "准入控制", "垃圾回收", "驱逐策略",
	"优先级抢占", "镜像分层", "联合文件系统", "进程隔离", "内核参数",
	"连接跟踪表", "领导者选举", "心跳检测", "租约机制", "服务网格", "流量治理",
	"熔断限流", "版本回滚", "持久化存储", "有状态应用", "多租户", "集群联邦",
	"备份恢复", "探针配置", "请求与限制",
}

var commands = []string{
	"kubectl get pods -o wide", "kubectl describe pod", "kubectl logs -f --previous",
	"kubectl rollout undo deploy/web", "kubectl top node",
	"kubectl get events --sort-by=.lastTimestamp", "kubectl drain --ignore-daemonsets",
	"kubectl cordon", "docker inspect", "docker run --net=host",
	"docker build --target runtime", "crictl ps -a", "journalctl -u kubelet",
	"systemctl restart containerd", "iptables -t nat -S", "ipvsadm -Ln",
	"ip route show", "tcpdump -i cni0", "nsenter -t 1 -n", "etcdctl endpoint health",
	"etcdctl snapshot save", "ss -lntp", "--cgroup-driver=systemd",
	"--feature-gates", "kubeadm token create", "helm upgrade --install",
	"conntrack -L", "--max-surge=1", "--net=container:NAME", "calicoctl node status",
}

var states = []string{
	"CrashLoopBackOff", "ImagePullBackOff", "OOMKilled", "Evicted", "Pending",
	"NotReady", "ErrImagePull", "ContainerCreating", "Terminating",
	"CreateContainerConfigError",
}

var apps = []string{
	"web", "api", "cart", "billing", "search", "auth", "gateway", "report",
	"worker", "notifier", "catalog", "ledger",
}

var images = []string{
	"nginx:1.25", "redis:7.2", "busybox:1.36", "golang:1.22-alpine",
	"mysql:8.0", "registry.example.com/team/app:v2", "alpine:3.19",
	"envoyproxy/envoy:v1.29",
}

var zhSentences = []string{
	"%T 负责把%Z的请求转发到后端，默认情况下使用 %T 模式。",
	"当%Z出现异常时，可以先用 %C 查看事件，再检查 %T 的日志。",
	"%T 和 %T 都依赖%Z，区别在于前者只在节点本地生效。",
	"生产环境中建议为%Z设置上限，否则 %T 可能被内核直接杀掉。",
	"%T 通过监听 API Server 的变化来维护%Z，实际状态会不断向期望状态收敛。",
	"这里的关键是%Z，它决定了 %T 能否在 %N 秒内完成切换。",
	"如果使用 %T，需要提前规划%Z，避免后期迁移成本过高。",
	"一般来说，%Z和%Z是成对出现的，缺一不可。",
	"排查时执行 %C，重点关注 %T 相关的字段。",
	"%T 的数据保存在%Z中，升级之前一定要先做备份。",
	"它的优点是部署简单，缺点是%Z不够灵活，规模超过 %N 百个节点后性能下降明显。",
	"回答时可以从%Z、%Z和%Z三个角度展开。",
	"%T 会为每个 Pod 分配独立的%Z，同一节点上的容器通过网桥通信。",
	"注意：%T 默认不开启，需要在启动参数里加上 %C。",
	"我的理解是，%T 更像是%Z的抽象，而 %T 才是真正干活的组件。",
	"%Z失败时 kubelet 会按指数退避重试，最长间隔 %N 分钟。",
	"跨节点通信时数据包先经过%Z，到达对端后再解包交给 %T。",
	"这一点在 %T 的官方文档里写得很清楚，建议直接看原文。",
	"%T 在不同版本之间差异很大，%N 个小版本之后%Z的行为有所变化。",
	"简单说就是：先调度，再拉取镜像，最后启动容器并执行%Z。",
	"Pod 状态变成 %E 时，通常是%Z或者 %T 配置出了问题。",
	"%T 不保证顺序，%Z需要由应用自己处理。",
	"线上遇到过一次%Z导致的雪崩，后来加了 %T 才稳定下来。",
	"不太确定，待补充。",
	"可以把 %T 看成是%Z的一种实现，只是多了一层%Z。",
	"%Z的粒度越细，%T 需要维护的状态就越多，内存占用也越高。",
}

var enSentences = []string{
	"%T forwards traffic to the pods selected by its label selector.",
	"In practice you would check %T first, then read the output of %C.",
	"The main difference is that %T runs on every node while %T runs once per cluster.",
	"Without a memory limit, %T can starve its neighbours and end up %E.",
	"Keep %T small: it is read on every request and cached for %N seconds.",
	"A common mistake is to restart %T instead of fixing the %T configuration.",
	"%T keeps its state in etcd, so take a snapshot before any upgrade.",
	"Rolling updates replace pods in batches of %N, so capacity never drops to zero.",
	"Use %C to see which node the scheduler picked and why.",
	"This is why %T is usually paired with %T in production clusters.",
	"Latency grows with the number of rules, which is the main argument for %T over %T.",
	"The controller compares desired and observed state and acts on the difference.",
	"If the probe fails %N times in a row, the kubelet restarts the container.",
	"Think of %T as the glue between the API server and the container runtime.",
	"Everything here also applies to %T, with minor differences in naming.",
	"TODO: draw the packet path through %T and %T.",
	"A pod stuck in %E usually points at %T rather than at the application.",
	"Scaling past %N00 nodes makes %T the bottleneck long before %T.",
}

var zhQuestions = []string{
	"什么是 %T？",
	"%T 和 %T 有什么区别？",
	"%T 的工作原理是什么？",
	"如何排查%Z相关的问题？",
	"为什么需要 %T？",
	"生产环境中如何配置 %T？",
	"%T 在%Z中起什么作用？",
	"说说 %T 的实现机制",
	"Pod 一直处于 %E 怎么处理？",
	"你对 %T 了解多少",
	"%Z和%Z如何配合工作？",
	"怎么理解%Z",
	"%T 有哪几种模式，分别适合什么场景？",
	"如何保证%Z的高可用？",
	"介绍一下 %T 的%Z",
	"%T 是如何实现%Z的。",
}

var enQuestions = []string{
	"What is %T?",
	"How does %T differ from %T?",
	"How would you debug a pod in %E?",
	"Why would you use %T instead of %T?",
	"Explain how %T works",
	"What happens to %T when a node fails?",
	"How do you secure %T?",
	"Which problems does %T solve?",
	"Describe the lifecycle of a %T",
	"How do %T and %T work together?",
}

var zhParts = []string{
	"原理", "使用场景", "优缺点", "常见问题", "配置示例", "排查思路", "注意事项",
	"%T 模式", "%T", "与 %T 的对比", "%Z", "实现细节",
}

var enParts = []string{
	"How it works", "Example", "Trade-offs", "Pitfalls", "%T mode", "%T",
	"Compared with %T", "In production",
}

var tableHeads = [][]string{
	{"组件", "作用", "默认端口"},
	{"Mode", "Pros", "Cons"},
	{"对比项", "%T", "%T"},
	{"Field", "Meaning", "Default"},
}

var chromeTitles = []string{
	"面试题", "Kubernetes 面试", "容器与网络", "运维笔记", "cloud-native-qa",
}
