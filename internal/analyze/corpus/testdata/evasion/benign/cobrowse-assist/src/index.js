'use strict';
const { connectSignaling } = require('./signaling');

const ICE = [{ urls: 'stun:stun.example.net:3478' }];

function showBanner(onStop) {
  const bar = document.createElement('div');
  bar.setAttribute('role', 'status');
  bar.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;background:#c62828;color:#fff;font:14px sans-serif;padding:8px;text-align:center';
  bar.textContent = 'You are sharing your screen with support. ';
  const btn = document.createElement('button');
  btn.textContent = 'Stop sharing';
  btn.onclick = onStop;
  bar.appendChild(btn);
  document.body.appendChild(bar);
  return () => bar.remove();
}

function createPointerOverlay() {
  const dot = document.createElement('div');
  dot.style.cssText = 'position:fixed;width:18px;height:18px;margin:-9px 0 0 -9px;border-radius:50%;background:rgba(255,193,7,.85);pointer-events:none;z-index:2147483646;display:none';
  document.body.appendChild(dot);
  return {
    move(xRatio, yRatio) {
      dot.style.display = 'block';
      dot.style.left = Math.round(xRatio * window.innerWidth) + 'px';
      dot.style.top = Math.round(yRatio * window.innerHeight) + 'px';
    },
    remove: () => dot.remove(),
  };
}

async function startAssistSession({ signalingUrl, code, confirmText }) {
  const ok = window.confirm(confirmText || 'A support agent will see your screen until you press "Stop sharing". Continue?');
  if (!ok) throw new Error('User declined screen sharing');

  const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: 15 }, audio: false });
  const sig = await connectSignaling(signalingUrl, code, 'customer');
  const pc = new RTCPeerConnection({ iceServers: ICE });
  stream.getTracks().forEach((t) => pc.addTrack(t, stream));

  const pointer = createPointerOverlay();
  const channel = pc.createDataChannel('annotate');
  channel.onmessage = (ev) => {
    const m = JSON.parse(ev.data);
    // Only visual pointer data is accepted; any other message type is ignored.
    if (m.type === 'pointer' && typeof m.x === 'number' && typeof m.y === 'number') pointer.move(m.x, m.y);
  };

  pc.onicecandidate = (e) => e.candidate && sig.send({ type: 'ice', candidate: e.candidate });
  sig.onMessage(async (msg) => {
    if (msg.type === 'answer') await pc.setRemoteDescription(msg.sdp);
    else if (msg.type === 'ice') await pc.addIceCandidate(msg.candidate);
    else if (msg.type === 'bye') stop();
  });

  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  sig.send({ type: 'offer', sdp: pc.localDescription });

  let removeBanner = null;
  function stop() {
    stream.getTracks().forEach((t) => t.stop());
    pc.close();
    sig.send({ type: 'bye' });
    sig.close();
    pointer.remove();
    removeBanner && removeBanner();
  }
  removeBanner = showBanner(stop);
  // The browser's own "Stop sharing" control also ends the session.
  stream.getVideoTracks()[0].addEventListener('ended', stop);
  return { stop };
}

module.exports = { startAssistSession };
