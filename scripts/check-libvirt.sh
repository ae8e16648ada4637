#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# make check-libvirt: the device as libvirt users get it.  Installs libvirt
# from bookworm-backports (Debian 12's own 9.0 drops <crypto>), starts
# libvirtd if it is not running, and, with our QEMU as the domain's
# <emulator> and <crypto model='virtio' type='qemu'><backend
# model='builtin' queues='2'/></crypto>:
# - checks that libvirt validates the XML and passes the device on;
# - runs the Linux guest test (guest/test.sh) in such a domain;
# - saves the domain with virsh save while the guest runs AES-CBC, restores
#   it, and checks every answer the guest printed, before and after.
# "check-libvirt.sh boot LOG ARGS..." boots the guest image in a transient
# domain (guest/test.sh's QVC_BOOT).  Ends with "N passed, N failed".
set -euo pipefail
. "$(dirname "$0")/guest/lib.sh"
VIRSH=(virsh -q -c qemu:///system)
DOM=qvc-check-libvirt
WORK=$BUILD/libvirt
LIBVIRT_PKGS=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-clients)

domain_xml() {  # LOG KERNEL-ARGS...: a domain of our QEMU booting the image
    local log=$1
    shift
    cat <<XML
<domain type='qemu'>
  <name>$DOM</name>
  <memory unit='MiB'>512</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <kernel>${QVC_KERNEL:-$GUEST/vmlinuz}</kernel>
    <initrd>${QVC_INITRD:-$GUEST/initramfs.gz}</initrd>
    <cmdline>console=ttyS0 quiet panic=-1 $*</cmdline>
  </os>
  <on_poweroff>destroy</on_poweroff>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>$QEMU_BIN</emulator>
    <serial type='file'>
      <source path='$log' append='on'/>
      <target port='0'/>
    </serial>
    <crypto model='virtio' type='qemu'>
      <backend model='builtin' queues='2'/>
    </crypto>
    <memballoon model='none'/>
  </devices>
</domain>
XML
}

running() { "${VIRSH[@]}" domstate "$DOM" 2>/dev/null | grep -q running; }

wait_gone() {  # SECONDS: until the domain has powered off; 124 if it did not
    local t=0
    while running; do
        [ "$t" -lt "$1" ] || { "${VIRSH[@]}" destroy "$DOM" >/dev/null 2>&1; return 124; }
        sleep 1
        t=$((t + 1))
    done
}

libvirt_boot() {  # LOG KERNEL-ARGS...: the guest in a transient domain
    local log=$1
    mkdir -p "$WORK"
    : >"$log"
    domain_xml "$@" >"$WORK/boot.xml"
    log "booting the guest through libvirt ($DOM), console -> $log"
    "${VIRSH[@]}" create "$WORK/boot.xml" >/dev/null
    wait_gone "${GUEST_TIMEOUT:-300}"
    tr -d '\r' <"$log" >"$log.tmp" && mv "$log.tmp" "$log"
}

if [ "${1:-}" = boot ]; then
    shift
    libvirt_boot "$@"
    exit
fi


# libvirt from bookworm-backports, and its daemon
case $(dpkg-query -W -f '${Version}' libvirt-daemon-driver-qemu 2>/dev/null || true) in
*bpo12*) ;;
*)
    bash "$TOP/scripts/deps.sh"  # it adds bookworm-backports to apt's sources
    log "installing libvirt from bookworm-backports"
    as_root env DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q \
        --no-install-recommends -t bookworm-backports "${LIBVIRT_PKGS[@]}" >/dev/null
    ;;
esac
started=
if ! "${VIRSH[@]}" version >/dev/null 2>&1; then
    as_root mkdir -p /run/libvirt
    as_root virtlogd -d  # libvirtd hands QEMU's output to it
    as_root libvirtd -d
    started=1
    for _ in $(seq 30); do "${VIRSH[@]}" version >/dev/null 2>&1 && break; sleep 1; done
fi
stop() {
    "${VIRSH[@]}" destroy "$DOM" >/dev/null 2>&1 || true
    if [ -n "$started" ]; then
        as_root pkill -x libvirtd || true
        as_root pkill -x virtlogd || true
    fi
}
trap stop EXIT
echo "# $("${VIRSH[@]}" version | grep -i 'using library')"
"$TOP/scripts/guest/image.sh"
mkdir -p "$WORK"

# what libvirt makes of the XML
domain_xml "$WORK/console.log" qvc.mode=demo >"$WORK/domain.xml"
caps_ok() {
    "${VIRSH[@]}" domcapabilities --emulatorbin "$QEMU_BIN" --virttype qemu --machine q35 |
        sed -n '/<crypto /,/<\/crypto>/p' | grep -q '<value>builtin</value>'
}
check "libvirt sees our QEMU's virtio-crypto and builtin backend" caps_ok
check "virsh define --validate takes <crypto> with queues='2'" \
    "${VIRSH[@]}" define --validate "$WORK/domain.xml"
native_ok() {  # the QEMU command line libvirt makes has our two objects
    local cmd
    cmd=$("${VIRSH[@]}" domxml-to-native qemu-argv --domain "$DOM")
    grep -q 'cryptodev-backend-builtin' <<<"$cmd" && grep -q '"queues":2\|queues=2' <<<"$cmd" &&
        grep -q 'virtio-crypto-pci' <<<"$cmd"
}
check "libvirt's command line: cryptodev-backend-builtin, queues=2, virtio-crypto-pci" native_ok
"${VIRSH[@]}" undefine "$DOM" >/dev/null

# the guest test, booted by libvirt
guest_ok() { QVC_BOOT="bash $TOP/scripts/check-libvirt.sh boot" bash "$TOP/scripts/guest/test.sh" >"$WORK/guest-test.log" 2>&1; }
check "the Linux guest test in a libvirt domain ($(basename "$WORK")/guest-test.log)" guest_ok
grep -E '^[0-9]+ passed' "$WORK/guest-test.log" | sed 's/^/# /' || true

# virsh save and restore while the guest encrypts
ROUNDS=30
LENS=(4096 65536)
LOG=$WORK/soak.log
: >"$LOG"
domain_xml "$LOG" "qvc.mode=soak qvc.rounds=$ROUNDS qvc.lens=$(IFS=,; echo "${LENS[*]}")" >"$WORK/soak.xml"
"${VIRSH[@]}" create "$WORK/soak.xml" >/dev/null
t=0
until grep -q '^QVC-OUT mode=r3 ' "$LOG" || [ "$t" -ge 300 ]; do sleep 1; t=$((t + 1)); done
before=$(grep -c '^QVC-OUT ' "$LOG" || true)
save_ok() { "${VIRSH[@]}" save "$DOM" "$WORK/soak.save" >/dev/null && ! running; }
check "virsh save while AES-CBC runs (after $before answers)" save_ok
check "virsh restore" "${VIRSH[@]}" restore "$WORK/soak.save"
wait_gone 600 || true
tr -d '\r' <"$LOG" >"$LOG.tmp" && mv "$LOG.tmp" "$LOG"
check "the restored guest ran to the end" grep -q '^QVC-GUEST-DONE' "$LOG"
soak_ok() {  # every answer of every round is openssl's
    local r len bad=0
    for r in $(seq "$ROUNDS"); do
        for len in "${LENS[@]}"; do
            out_ok "r$r" 16 "$len" >/dev/null || { echo "# round $r, $len bytes: wrong or missing"; bad=1; }
        done
    done
    [ "$bad" = 0 ]
}
check "all $((ROUNDS * ${#LENS[@]})) answers match openssl, $before of them before the save" soak_ok
finish "$LOG"
