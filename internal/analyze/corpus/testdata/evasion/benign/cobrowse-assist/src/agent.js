'use strict';
const { connectSignaling } = require('./signaling');

async function joinAssistSession({ signalingUrl, code, videoEl, onEnd }) {
  const sig = await connectSignaling(signalingUrl, code, 'agent');
  const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:stun.example.net:3478' }] });
  let channel = null;
  pc.ondatachannel = (e) => { channel = e.channel; };
  pc.ontrack = (e) => { videoEl.srcObject = e.streams[0]; };
  pc.onicecandidate = (e) => e.candidate && sig.send({ type: 'ice', candidate: e.candidate });

  sig.onMessage(async (msg) => {
    if (msg.type === 'offer') {
      await pc.setRemoteDescription(msg.sdp);
      const answer = await pc.createAnswer();
      await pc.setLocalDescription(answer);
      sig.send({ type: 'answer', sdp: pc.localDescription });
    } else if (msg.type === 'ice') await pc.addIceCandidate(msg.candidate);
    else if (msg.type === 'bye') { pc.close(); onEnd && onEnd(); }
  });

  videoEl.addEventListener('mousemove', (e) => {
    if (!channel || channel.readyState !== 'open') return;
    const r = videoEl.getBoundingClientRect();
    channel.send(JSON.stringify({ type: 'pointer', x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height }));
  });

  return { leave() { sig.send({ type: 'bye' }); pc.close(); sig.close(); } };
}

module.exports = { joinAssistSession };
