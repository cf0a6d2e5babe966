// Reads QR codes from the laptop's camera, entirely in the browser: getUserMedia gives the frames, a canvas
// hands their pixels to jsQR (loaded on first use, so the group page stays light). Nothing is recorded
// or sent; stopping releases the camera.

/** Frames are read this often (ms): fast enough to feel instant, light enough for an old laptop. */
const FRAME_MS = 120;
/** Frames are scaled down to this width before decoding (a phone's QR code fills much of the picture). */
const MAX_WIDTH = 640;

import { loadChunk } from '../load-chunk';
type JsQr = typeof import('jsqr').default;

export class QrScanner {
  private stream: MediaStream | null = null;
  private timer = 0;
  private readonly canvas = document.createElement('canvas');

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly onText: (text: string) => void,
    /** Called once the camera is on, before the first frame is read (so "ready" never follows a reading). */
    private readonly onStarted: () => void,
  ) {}

  /** True while the camera is on. */
  get running(): boolean {
    return this.stream !== null;
  }

  /** Starts the camera and reading; rejects with the browser's DOMException (NotAllowedError, NotFoundError …). */
  async start(): Promise<void> {
    if (this.stream) return;
    if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera API', 'NotSupportedError');
    // The camera and the decoder load together; if either fails, the other is released (a camera left on
    // behind a decoder that never arrived would keep the light on with nothing reading it).
    const [camera, decoder] = await Promise.allSettled([
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 } }, audio: false }),
      loadChunk(() => import('jsqr')).then((module) => module.default as JsQr),
    ]);
    if (camera.status === 'rejected' || decoder.status === 'rejected') {
      if (camera.status === 'fulfilled') for (const track of camera.value.getTracks()) track.stop();
      throw camera.status === 'rejected' ? camera.reason : (decoder as PromiseRejectedResult).reason;
    }
    const stream = camera.value;
    const jsQR = decoder.value;
    this.stream = stream;
    this.video.srcObject = stream;
    await this.video.play().catch(() => undefined);
    const context = this.canvas.getContext('2d', { willReadFrequently: true })!;
    const read = () => {
      if (!this.stream) return;
      const { videoWidth, videoHeight } = this.video;
      if (this.video.readyState >= 2 && videoWidth > 0) {
        const scale = Math.min(1, MAX_WIDTH / videoWidth);
        const width = Math.round(videoWidth * scale);
        const height = Math.round(videoHeight * scale);
        this.canvas.width = width;
        this.canvas.height = height;
        context.drawImage(this.video, 0, 0, width, height);
        const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'dontInvert' });
        if (found?.data) this.onText(found.data);
      }
      this.timer = window.setTimeout(read, FRAME_MS);
    };
    this.onStarted();
    read();
  }

  /** Stops reading and releases the camera. */
  stop(): void {
    window.clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.video.srcObject = null;
  }
}
